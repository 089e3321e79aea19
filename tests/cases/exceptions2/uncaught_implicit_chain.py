data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    print("handling")
    raise ValueError("could not find b")
