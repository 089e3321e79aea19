try:
    x = input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', e)
print(input())
