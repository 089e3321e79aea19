def f():
    try:
        return "try"
    finally:
        print("finally in f")

def g():
    try:
        return "try"
    finally:
        return "finally"

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
    return "done"

def k():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(f())
print(g())
print(h())
print(k())
