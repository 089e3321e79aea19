commands = ["go north", "go", "look", "take lamp key", "drop", "quit now", ""]
for cmd in commands:
    match cmd.split():
        case ["go", direction]:
            print("moving", direction)
        case ["go"]:
            print("go where?")
        case ["look"]:
            print("looking around")
        case ["take", *objs] if objs:
            print("taking", ", ".join(objs))
        case ["quit" | "exit", *_]:
            print("bye")
        case [verb, *_]:
            print("unknown verb", verb)
        case []:
            print("nothing")
