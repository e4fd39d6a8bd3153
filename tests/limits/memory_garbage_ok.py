# args: --max-memory 16M
# status: ok
# stdout: done\n
# Garbage is collected: lots of short-lived allocation fits a small budget.
for i in range(20000):
    x = [str(j) for j in range(100)]
print("done")
