program = """
# compute factorials and fibonacci with a tiny stack machine
push 1
store acc
push 1
store i
loop:
load i
push 11
lt
jz done
load acc
load i
mul
store acc
load acc
print
load i
push 1
add
store i
jmp loop
done:
push 0
store a
push 1
store b
push 0
store k
fib:
load k
push 15
lt
jz end
load a
print
load a
load b
add
load b
store a
store b
load k
push 1
add
store k
jmp fib
end:
push 7
push 0
div
"""

def run(src, max_steps=10000):
    lines = []
    labels = {}
    for raw in src.splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line.split())
    stack, mem, pc, steps, out = [], {}, 0, 0, []
    while pc < len(lines):
        steps += 1
        if steps > max_steps:
            raise RuntimeError("step limit exceeded")
        op, *args = lines[pc]
        pc += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op == "load":
            stack.append(mem[args[0]])
        elif op == "store":
            mem[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "div", "lt"):
            b, a = stack.pop(), stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "div":
                stack.append(a // b)
            else:
                stack.append(1 if a < b else 0)
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "print":
            out.append(stack.pop())
        else:
            raise ValueError("unknown op " + op)
    return out, steps, mem

try:
    run(program)
except ZeroDivisionError as e:
    print("vm crashed:", e)
out, steps, mem = run(program.replace("push 7\npush 0\ndiv", "push 42\nprint"))
print(out)
print("steps:", steps, "memory:", sorted(mem.items()))
try:
    run("top:\njmp top")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run("push 1\nfrob")
except ValueError as e:
    print("ValueError:", e)
try:
    run("load nowhere")
except KeyError as e:
    print("KeyError:", e)
try:
    run("add")
except IndexError as e:
    print("IndexError:", e)
