print(len('abc'))
len()
