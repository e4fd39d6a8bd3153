# typing.TypeVar and typing.Generic for generic user classes
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v

    def get(self) -> T:
        return self.v


b = Box[int](3)
print(b.get(), Box("s").get(), isinstance(b, Box))
