def run():
    exec('def boom():\n    raise ValueError("inside")\nboom()')
run()
