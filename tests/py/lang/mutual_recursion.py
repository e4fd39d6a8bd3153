# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(101))
def ping(n, log):
    if n > 0:
        log.append("ping")
        pong(n - 1, log)
    return log
def pong(n, log):
    if n > 0:
        log.append("pong")
        ping(n - 1, log)
print(ping(5, []))
def expr(tokens):
    value = term(tokens)
    while tokens and tokens[0] in "+-":
        op = tokens.pop(0)
        rhs = term(tokens)
        value = value + rhs if op == "+" else value - rhs
    return value
def term(tokens):
    value = factor(tokens)
    while tokens and tokens[0] in "*/":
        op = tokens.pop(0)
        rhs = factor(tokens)
        value = value * rhs if op == "*" else value // rhs
    return value
def factor(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        v = expr(tokens)
        tokens.pop(0)
        return v
    if tok == "-":
        return -factor(tokens)
    return int(tok)
print(expr(list("2+3*4")), expr(list("(2+3)*4")), expr(list("8/(3-1)-(-2)")))
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(i) for i in range(12)])
print([hofstadter_m(i) for i in range(12)])
