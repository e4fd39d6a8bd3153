# status: syntax_error
x = (
