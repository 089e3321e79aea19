def numbers(n):
    for i in range(n):
        print("gen", i)
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squared(it):
    for x in it:
        yield x * x

pipe = squared(evens(numbers(6)))
print("built")
for v in pipe:
    print("got", v)
print(sum(squared(evens(range(100)))))
