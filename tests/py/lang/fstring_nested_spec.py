# nested format specs
x = 3.14159
w = 10
p = 3
print(f"{x:{w}.{p}f}|")
print(f"{x:{w}}|")
print(f"{x:.{p}}")
align = "^"
fill = "*"
print(f"{'mid':{fill}{align}{w}}")
for width in (4, 6, 8):
    print(f"[{width:{width}}]")
print(f"{'a':>{w - 5}}|")
print(f"{12345:{','}}")
spec = ".2f"
print(f"{x:{spec}}")
print(f"{2.5:{'>'}{8}.{1}f}|")
print(f"{x:{w}.{p + 1}f}|")
t = "x"
print(f"{255:{t}}")
print(f"{'s':{'<'}{3}}|")
