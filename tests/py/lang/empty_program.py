# this program has only comments and no statements

# so it prints nothing at all
