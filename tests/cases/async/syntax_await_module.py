print("compiled?")
x = 1
await x
