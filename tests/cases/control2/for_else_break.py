def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print('found', target, 'at', idx)
            break
    else:
        print(target, 'not found')
search([4, 7, 1], 7)
search([4, 7, 1], 9)
search([], 1)
for i in range(3):
    for j in range(3):
        if i + j == 3:
            print('inner break at', i, j)
            break
    else:
        print('no break for i =', i)
        continue
    print('after inner loop i =', i)
