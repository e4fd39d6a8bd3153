class ApiError(Exception):
    code = 500
    title = "Internal Server Error"
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        ApiError.registry[cls.code] = cls

    def __init__(self, detail=""):
        super().__init__(detail)
        self.detail = detail

    def to_response(self):
        body = {"error": self.title, "code": self.code}
        if self.detail:
            body["detail"] = self.detail
        return body

    @classmethod
    def from_code(cls, code, detail=""):
        return cls.registry.get(code, ApiError)(detail)


class BadRequest(ApiError):
    code = 400
    title = "Bad Request"


class Unauthorized(ApiError):
    code = 401
    title = "Unauthorized"


class NotFound(ApiError):
    code = 404
    title = "Not Found"


class Gone(NotFound):
    code = 410
    title = "Gone"


def handle(path):
    routes = {"/": "home", "/about": "about us"}
    if path.startswith("/admin"):
        raise Unauthorized("login required")
    if path == "/old":
        raise Gone()
    if " " in path:
        raise BadRequest(f"invalid path {path!r}")
    if path not in routes:
        raise NotFound(path)
    return routes[path]


for p in ["/", "/admin/users", "/old", "/a b", "/missing", "/about"]:
    try:
        print(p, "->", 200, handle(p))
    except ApiError as e:
        print(p, "->", e.code, e.to_response())
print(sorted(ApiError.registry))
for code in [401, 410, 999]:
    e = ApiError.from_code(code, "via registry")
    print(code, type(e).__name__, e.code, e.title, isinstance(e, NotFound))
print(Gone.code, NotFound.code, issubclass(Gone, NotFound), Gone.__mro__[1].__name__)
try:
    raise ApiError.from_code(404, "dynamic")
except NotFound as e:
    print("caught NotFound:", repr(e), e.detail)
