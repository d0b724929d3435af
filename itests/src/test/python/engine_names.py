"""What the docker-py modules share: removing every container, network and volume whose name starts with a prefix."""


def remove_prefixed(client, prefix):
    for container in client.containers.list(all=True):
        if container.name.startswith(prefix):
            container.remove(force=True, v=True)
    for network in client.networks.list():
        if network.name.startswith(prefix):
            network.remove()
    for volume in client.volumes.list():
        if volume.name.startswith(prefix):
            volume.remove(force=True)
