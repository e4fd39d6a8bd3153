# generators expose gi_running (no frame access needed)
def running():
    yield r.gi_running


r = running()
print(r.gi_running, next(r), r.gi_running)
