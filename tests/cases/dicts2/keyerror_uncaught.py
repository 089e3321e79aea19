inventory = {"apples": 3, "pears": 0}
for item in ["apples", "pears"]:
    print(item, inventory[item])
try:
    inventory["kiwis"]
except KeyError as e:
    print("missing", e, e.args)
print(inventory["bananas"])
