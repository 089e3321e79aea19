print("before unpack")
t = (1,)
a, b = t
