import sys

def finish(code):
    print('finishing')
    sys.exit(code)

for i in range(3):
    print(i)
    if i == 1:
        finish(0)
