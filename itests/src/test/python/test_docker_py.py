"""Drives a Gantry engine through docker-py's own calls, as a Python shop's tools do.

Run with DOCKER_HOST pointing at the engine's socket, by Debian's python3 (python3-docker):
    DOCKER_HOST=unix:///run/gantry/gantry.sock python3 -m unittest -v test_docker_py
Every name it makes starts with "pyit-"; tearDown removes them.
"""
import io
import tarfile
import time
import unittest

import docker
from docker.errors import APIError, NotFound

from engine_names import remove_prefixed

PREFIX = "pyit-"


class DockerPyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = docker.from_env(timeout=60)
        cls.client.images.get("busybox")  # the engine builds busybox on first use

    def tearDown(self):
        remove_prefixed(self.client, PREFIX)

    def test_ping_version_info_and_df(self):
        self.assertTrue(self.client.ping())
        self.assertEqual("1.41", self.client.version()["ApiVersion"])
        self.assertEqual("linux", self.client.info()["OSType"])
        self.assertIn("Volumes", self.client.df())

    def test_run_logs_wait_and_remove(self):
        output = self.client.containers.run("busybox", ["sh", "-c", "echo out; echo err >&2"], name=PREFIX + "run",
                                            remove=False, stderr=True)
        self.assertEqual(b"out\nerr\n", output)
        container = self.client.containers.get(PREFIX + "run")
        self.assertEqual("exited", container.status)
        self.assertEqual(0, container.wait()["StatusCode"])
        container.remove()
        with self.assertRaises(NotFound):
            self.client.containers.get(PREFIX + "run")

    def test_a_failing_run_raises_with_its_exit_code(self):
        with self.assertRaises(docker.errors.ContainerError) as failure:
            self.client.containers.run("busybox", ["sh", "-c", "exit 3"], name=PREFIX + "fails")
        self.assertEqual(3, failure.exception.exit_status)

    def test_detached_containers_are_listed_filtered_and_stopped(self):
        container = self.client.containers.run("busybox", ["sleep", "60"], name=PREFIX + "sleeper", detach=True,
                                               labels={"pyit": "yes"})
        names = [c.name for c in self.client.containers.list(filters={"label": "pyit=yes"})]
        self.assertEqual([PREFIX + "sleeper"], names)
        self.assertIn(PREFIX + "sleeper", [c.name for c in self.client.containers.list(all=True)])
        container.stop(timeout=1)
        container.reload()
        self.assertEqual("exited", container.status)

    def test_exec_run_gives_the_output_and_exit_code(self):
        container = self.client.containers.run("busybox", ["sleep", "60"], name=PREFIX + "exec", detach=True)
        result = container.exec_run(["sh", "-c", "echo hi; exit 4"])
        self.assertEqual(4, result.exit_code)
        self.assertEqual(b"hi\n", result.output)
        env = container.exec_run(["sh", "-c", "echo $GREETING"], environment={"GREETING": "hello"})
        self.assertEqual(b"hello\n", env.output)

    def test_files_go_in_and_out_as_tar(self):
        container = self.client.containers.create("busybox", ["true"], name=PREFIX + "files")
        payload = io.BytesIO()
        with tarfile.open(fileobj=payload, mode="w") as tar:
            data = b"carried in\n"
            info = tarfile.TarInfo("note.txt")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        self.assertTrue(container.put_archive("/tmp", payload.getvalue()))
        stream, stat = container.get_archive("/tmp/note.txt")
        self.assertEqual("note.txt", stat["name"])
        with tarfile.open(fileobj=io.BytesIO(b"".join(stream))) as tar:
            self.assertEqual(b"carried in\n", tar.extractfile("note.txt").read())

    def test_networks_connect_and_disconnect(self):
        network = self.client.networks.create(PREFIX + "net", driver="bridge", labels={"pyit": "yes"})
        container = self.client.containers.run("busybox", ["sleep", "60"], name=PREFIX + "joined", detach=True,
                                               network=PREFIX + "net")
        network.reload()
        self.assertEqual([container.id], [c.id for c in network.containers])
        network.disconnect(container, force=True)
        network.reload()
        self.assertEqual([], network.containers)
        self.assertIn(PREFIX + "net", [n.name for n in self.client.networks.list(filters={"label": "pyit=yes"})])

    def test_volumes_keep_data_between_containers(self):
        volume = self.client.volumes.create(PREFIX + "vol", labels={"pyit": "yes"})
        self.assertEqual("local", volume.attrs["Driver"])
        self.client.containers.run("busybox", ["sh", "-c", "echo kept > /data/f"], remove=True,
                                   volumes={PREFIX + "vol": {"bind": "/data", "mode": "rw"}})
        output = self.client.containers.run("busybox", ["cat", "/data/f"], remove=True,
                                            volumes={PREFIX + "vol": {"bind": "/data", "mode": "ro"}})
        self.assertEqual(b"kept\n", output)
        self.assertEqual([PREFIX + "vol"],
                         [v.name for v in self.client.volumes.list(filters={"label": "pyit=yes"})])
        volume.remove()
        with self.assertRaises(NotFound):
            self.client.volumes.get(PREFIX + "vol")

    def test_images_are_listed_tagged_and_removed(self):
        image = self.client.images.get("busybox")
        self.assertTrue(image.tag("pyit/tagged", "v1"))
        self.assertIn("pyit/tagged:v1", self.client.images.get("pyit/tagged:v1").tags)
        self.client.images.remove("pyit/tagged:v1")
        with self.assertRaises(docker.errors.ImageNotFound):
            self.client.images.get("pyit/tagged:v1")

    def test_events_stream_the_life_of_a_container(self):
        since = int(time.time()) - 1
        container = self.client.containers.run("busybox", ["true"], name=PREFIX + "events", detach=True)
        container.wait()
        until = int(time.time()) + 1
        actions = [e["Action"] for e in self.client.events(since=since, until=until, decode=True,
                                                             filters={"container": container.id})]
        for action in ("create", "start", "die"):
            self.assertIn(action, actions)

    def test_swarm_calls_are_refused_as_on_a_node_outside_a_swarm(self):
        with self.assertRaises(APIError) as refused:
            self.client.swarm.reload()
        self.assertEqual(503, refused.exception.status_code)


if __name__ == "__main__":
    unittest.main()
