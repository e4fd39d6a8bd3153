class DeployError(Exception):
    def __init__(self, service, reason):
        super().__init__(f"{service}: {reason}")
        self.service = service


class Deployer:
    def __init__(self):
        self.steps = []

    def deploy(self, service, healthy):
        self.steps.append(f"start {service}")
        try:
            if not healthy:
                raise DeployError(service, "health check failed")
            self.steps.append(f"done {service}")
        finally:
            self.steps.append(f"cleanup {service}")
            print("cleanup for", service)


d = Deployer()
d.deploy("web", True)
try:
    d.deploy("cache", False)
except DeployError as e:
    print("recovered:", e, e.service)
print(d.steps)
try:
    d.deploy("db", False)
finally:
    print("outer finally runs before the traceback")
print("not reached")
