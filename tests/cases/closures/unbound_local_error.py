x = 10
def ok():
    return x + 1

def bad():
    print("before")
    x += 1
    return x

print(ok())
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def outer():
    y = 1
    def inner():
        print(y)
        y = 2
    inner()

outer()
