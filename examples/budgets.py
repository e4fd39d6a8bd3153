# Try: sandboxed-python run --max-steps 100000 --json examples/budgets.py
total = 0
i = 0
while True:
    total += i
    i += 1
