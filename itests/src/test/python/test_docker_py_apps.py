"""docker-py runs the images built from Debian packages (scripts/build-test-images.sh) as a Python shop runs redis.

Needs, besides DOCKER_HOST:
    GANTRY_IT_APP_IMAGES  the docker-archive of gantry-test/{postgres,redis,nginx}:latest, loaded when missing
    GANTRY_IT_REGISTRY    host:port of a plain-http registry holding pyit/redis:latest (the same redis image)
Every name it makes starts with "pyit-apps-"; tearDown removes them.
"""
import os
import time
import unittest

import docker
from docker.errors import ImageNotFound

from engine_names import remove_prefixed

PREFIX = "pyit-apps-"
REDIS = "gantry-test/redis:latest"
NGINX = "gantry-test/nginx:latest"
ARCHIVE_TAGS = ("gantry-test/postgres:latest", REDIS, NGINX)
DEADLINE = 60


def wait_until(what, condition):
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for " + what)
        time.sleep(0.1)


class DockerPyAppsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = docker.from_env(timeout=120)
        cls.loaded = False
        try:
            cls.client.images.get(REDIS)
        except ImageNotFound:
            with open(os.environ["GANTRY_IT_APP_IMAGES"], "rb") as archive:
                cls.client.images.load(archive)
            cls.loaded = True

    @classmethod
    def tearDownClass(cls):
        if cls.loaded:
            for tag in ARCHIVE_TAGS:
                cls.client.images.remove(tag)

    def tearDown(self):
        remove_prefixed(self.client, PREFIX)

    def run_redis(self, name, **options):
        container = self.client.containers.run(REDIS, name=PREFIX + name, detach=True, **options)
        wait_until(name + " to log that it is ready", lambda: b"Ready to accept connections" in container.logs())
        return container

    def test_redis_runs_detached_with_its_images_command_and_answers_an_exec_ping(self):
        container = self.run_redis("redis")
        container.reload()
        self.assertEqual("running", container.status)
        self.assertEqual(["redis-server", "--protected-mode", "no"], container.attrs["Config"]["Cmd"])
        self.assertIn("6379/tcp", container.attrs["Config"]["ExposedPorts"])
        # many times: output that came with the start's response head was lost to docker-py's buffer
        for attempt in range(20):
            result = container.exec_run(["redis-cli", "ping"])
            self.assertEqual((0, b"PONG\n"), (result.exit_code, result.output), "exec %d" % attempt)
        self.assertIn(b"Server initialized", container.logs(stdout=True, stderr=True))

    def test_a_client_reaches_redis_by_its_alias_on_a_network(self):
        network = self.client.networks.create(PREFIX + "net", driver="bridge")
        api = self.client.api
        created = api.create_container(
            REDIS, name=PREFIX + "aliased", host_config=api.create_host_config(network_mode=network.name),
            networking_config=api.create_networking_config(
                {network.name: api.create_endpoint_config(aliases=["cache"])}))
        api.start(created["Id"])
        client = self.client.containers.run(NGINX, name=PREFIX + "client", detach=True, network=network.name)
        ping = {}

        def answers():
            ping["result"] = client.exec_run(["redis-cli", "-h", "cache", "ping"])
            return ping["result"].exit_code == 0

        wait_until("redis-cli -h cache ping to answer", answers)
        self.assertEqual(b"PONG\n", ping["result"].output)
        network.reload()
        self.assertEqual(sorted([created["Id"], client.id]), sorted(c.id for c in network.containers))

    def test_redis_data_in_a_named_volume_outlives_its_container(self):
        volume = self.client.volumes.create(PREFIX + "data")
        mounts = {volume.name: {"bind": "/data", "mode": "rw"}}
        first = self.run_redis("first", volumes=mounts)
        self.assertEqual(b"OK\n", first.exec_run(["redis-cli", "set", "kept", "yes"]).output)
        self.assertEqual(b"OK\n", first.exec_run(["redis-cli", "save"]).output)
        first.remove(force=True)
        second = self.run_redis("second", volumes=mounts)
        self.assertEqual(b"yes\n", second.exec_run(["redis-cli", "get", "kept"]).output)

    def test_redis_pulled_from_a_registry_is_tagged_and_removed(self):
        remote = os.environ["GANTRY_IT_REGISTRY"] + "/pyit/redis"
        pulled = self.client.images.pull(remote, tag="latest")
        self.assertEqual(self.client.images.get(REDIS).id, pulled.id, "the registry holds the same image")
        self.assertIn(remote + ":latest", pulled.tags)
        self.assertEqual(["CMD", "redis-cli", "ping"], pulled.attrs["Config"]["Healthcheck"]["Test"])
        self.assertTrue(pulled.tag(PREFIX + "copy", "v1"))
        self.assertEqual(pulled.id, self.client.images.get(PREFIX + "copy:v1").id)
        self.client.images.remove(PREFIX + "copy:v1")
        self.client.images.remove(remote + ":latest")
        for gone in (PREFIX + "copy:v1", remote + ":latest"):
            with self.assertRaises(ImageNotFound):
                self.client.images.get(gone)
        self.assertEqual(pulled.id, self.client.images.get(REDIS).id, "the image keeps its other tag")

    def test_events_follow_a_redis_container_from_create_to_destroy(self):
        since = int(time.time()) - 1
        container = self.run_redis("events")
        container.exec_run(["redis-cli", "ping"])
        container.stop(timeout=10)
        container.remove()
        until = int(time.time()) + 1
        actions = [e["Action"] for e in self.client.events(since=since, until=until, decode=True,
                                                             filters={"container": container.id})]
        lifecycle = [a for a in actions if a in ("create", "start", "die", "stop", "destroy")]
        self.assertEqual(["create", "start", "die", "stop", "destroy"], lifecycle, actions)
        self.assertTrue(any(a.startswith("exec_start") for a in actions), actions)


if __name__ == "__main__":
    unittest.main()
