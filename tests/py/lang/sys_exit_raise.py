# raise SystemExit with a status
print("raising SystemExit(4)")
raise SystemExit(4)
