"""Spawners for the room: JupyterHub's local ones, each server confined to its learner's cgroup."""

from jupyterhub.spawner import LocalProcessSpawner, SimpleLocalProcessSpawner
from traitlets import Float, HasTraits, Integer

from puente.workshop.limits import confine, release


class _Confined(HasTraits):
    memory_bytes = Integer(0, config=True, help="memory for the server's whole process tree (0: no limit)")
    cpus = Float(0.0, config=True, help="CPU cores for the server's whole process tree (0: no limit)")

    async def start(self):
        url = await super().start()
        if self.memory_bytes and self.cpus:
            group = confine(self.pid, self.user.name, self.memory_bytes, self.cpus)
            if group is None:
                self.log.warning("cgroups are not writable here: %s's limits are advisory only", self.user.name)
        return url

    async def stop(self, now=False):
        await super().stop(now=now)
        release(self.user.name)


class RoomSpawner(_Confined, SimpleLocalProcessSpawner):
    """Every server runs as the hub's user, in its own home folder: a laptop or a VM for one day."""


class SystemUserRoomSpawner(_Confined, LocalProcessSpawner):
    """One operating-system account per learner (a shared server): the OS keeps homes apart."""
