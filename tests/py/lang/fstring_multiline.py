# triple-quoted f-strings spanning lines, with multi-line expressions
x = 5
items = ["a", "b"]
s = f"""first line {x}
second line {x * 2}
{items[0]}-{items[-1]}"""
print(s)
print(f"""{
x + 1
}""")
print(f'''{[
    i * i
    for i in range(4)
]}''')
print(f"""{'{'}braces{'}'}""")
msg = (
    f"part one {x} "
    f"part two {x + 1} "
    "plain part"
)
print(msg)
print(f"""
indented:
    {x}
""")
