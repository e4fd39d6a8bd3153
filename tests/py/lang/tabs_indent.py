# tabs used for indentation
def f(n):
	if n > 0:
		return "pos"
	else:
		for i in range(2):
			pass
		return "nonpos"
print(f(1), f(-1))
x = [1,	2,	3]
print(x)
if True:
	print("tab\tinside")
	y = 1	# tab before comment
	print(y)
while False:
	pass
else:
	print("else")
