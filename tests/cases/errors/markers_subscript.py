# 3.11 marks a failing subscript with ~ under the value and ^ under the brackets.
table = (10, 20, 30)

def pick(index):
    return table[index] + 1

print(pick(1))
print(pick(  7 ))
