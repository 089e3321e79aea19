print(int('7'))
print(int('3.5'))
