# args: --max-output 10K
# status: output_limit
while True:
    print("x" * 100)
