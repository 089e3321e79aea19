# list += mutates in place while list = list + makes a new list.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
r = s
s += 'c'
print(s, r)
n = [[1]]
n[0] += [2]
print(n)
x = 5
x += 2.5
print(x)
