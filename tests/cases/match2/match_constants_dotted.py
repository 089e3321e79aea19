class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Status:
    OK = 200
    NOT_FOUND = 404

def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN | Color.BLUE:
            return "GB"
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case other:
            return "unknown " + str(other)

for c in ["red", "blue", 200, 404, 500, "green"]:
    print(c, name(c))
