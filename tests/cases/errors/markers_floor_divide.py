# A two-character operator gets two ^; calls up the stack get plain ^ under the call.
def ratio(a, b):
    scaled = a * 10
    return scaled  //  b

def report(values):
    return 0 if not values else ratio(values[0], values[1]) + 0

print(report((4, 2)))
print(report((4, 0)))
