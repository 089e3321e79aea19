def outer():
    def inner():
        return value_defined_afterwards
    print('calling inner before value_defined_afterwards is bound')
    inner()
    value_defined_afterwards = 1


outer()
