class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def cross(self, o):
        return self.x * o.y - self.y * o.x
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "(%s, %s)" % (self.x, self.y)

def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    def half(seq):
        h = []
        for p in seq:
            while len(h) >= 2 and (h[-1] - h[-2]).cross(p - h[-2]) <= 0:
                h.pop()
            h.append(p)
        return h
    lower = half(pts)
    upper = half(reversed(pts))
    return lower[:-1] + upper[:-1]

def area2(poly):
    return abs(sum(poly[i].cross(poly[(i + 1) % len(poly)]) for i in range(len(poly))))

pts = [Vec(x, y) for x, y in [(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 3), (1, 1), (3, 1), (1, 0)]]
hull = convex_hull(pts)
print(hull)
print("twice area", area2(hull))
grid = [Vec(x % 7, (x * 3) % 5) for x in range(40)]
h2 = convex_hull(grid)
print(h2, area2(h2))
print(convex_hull([Vec(1, 1), Vec(1, 1)]), convex_hull([Vec(0, 0), Vec(1, 1), Vec(2, 2)]))

def segments_intersect(a, b, c, d):
    def orient(p, q, r):
        v = (q - p).cross(r - p)
        return (v > 0) - (v < 0)
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    def on_seg(p, q, r):
        return min(p.x, r.x) <= q.x <= max(p.x, r.x) and min(p.y, r.y) <= q.y <= max(p.y, r.y)
    return (o1 == 0 and on_seg(a, c, b)) or (o2 == 0 and on_seg(a, d, b)) or \
           (o3 == 0 and on_seg(c, a, d)) or (o4 == 0 and on_seg(c, b, d))

V = Vec
print(segments_intersect(V(0, 0), V(4, 4), V(0, 4), V(4, 0)),
      segments_intersect(V(0, 0), V(1, 1), V(2, 2), V(3, 3)),
      segments_intersect(V(0, 0), V(2, 2), V(2, 2), V(3, 0)),
      segments_intersect(V(0, 0), V(1, 0), V(0, 1), V(1, 1)))
print(V(1, 2) + V(3, 4), (V(5, 5) - V(1, 2)).dot(V(1, 1)))
