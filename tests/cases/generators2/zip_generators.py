def letters():
    for c in "abcde":
        print("letter", c)
        yield c

def nums():
    for i in range(3):
        yield i

print(list(zip(nums(), letters())))
print(list(zip(letters(), nums())))
print(dict(zip(nums(), (x * 2 for x in range(10)))))
print(list(enumerate((c for c in "xyz"), 1)))
