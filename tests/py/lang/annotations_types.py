from typing import List, Dict, Optional, Union, Tuple
def f(x: list[int], y: dict[str, list[int]] | None = None) -> int | None:
    return len(x)
z: dict[str, int] = {}
def g(a: List[int], b: Optional[str], c: Union[int, str], d: Tuple[int, ...]) -> Dict[str, int]:
    return {}
print(f([1, 2]), g([1], None, 1, (1,)))
print(int | str, list[int], dict[str, list[int]], int | None, type[int])
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None))
print(Optional[int], Union[int, str])
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
