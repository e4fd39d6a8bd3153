class PoolExhausted(Exception):
    pass

class Pool:
    def __init__(self, size):
        self.free = ["conn%d" % i for i in range(size)]
        self.in_use = []
    def acquire(self):
        return Lease(self)
    def stats(self):
        return "free=%d used=%d" % (len(self.free), len(self.in_use))

class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.item = None
    def __enter__(self):
        if not self.pool.free:
            raise PoolExhausted("no free connections (%s)" % self.pool.stats())
        self.item = self.pool.free.pop(0)
        self.pool.in_use.append(self.item)
        return self.item
    def __exit__(self, *exc):
        self.pool.in_use.remove(self.item)
        self.pool.free.append(self.item)
        return False

pool = Pool(2)
with pool.acquire() as a:
    print("got", a, pool.stats())
    with pool.acquire() as b:
        print("got", b, pool.stats())
        try:
            with pool.acquire() as c:
                print("never", c)
        except PoolExhausted as e:
            print("PoolExhausted:", e)
    print("after b", pool.stats())
print("after a", pool.stats(), pool.free)

def job(pool, n):
    with pool.acquire() as conn:
        if n % 3 == 0:
            raise ValueError("job %d failed on %s" % (n, conn))
        return "job %d on %s" % (n, conn)

for n in range(1, 7):
    try:
        print(job(pool, n))
    except ValueError as e:
        print("error:", e)
print(pool.stats(), pool.free)
