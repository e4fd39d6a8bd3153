# args: --max-steps 50000
# status: step_limit
# Building the list and sorting it are charged in proportion to their work.
print(len(sorted(range(10**6))))
