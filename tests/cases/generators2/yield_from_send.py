def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)

def delegator():
    result = yield from echo()
    print("delegator got", result)
    yield "end"

d = delegator()
print(next(d))
print(d.send("a"))
print(d.send("b"))
print(d.send("stop"))
