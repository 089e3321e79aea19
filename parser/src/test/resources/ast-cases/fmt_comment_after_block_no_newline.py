class C:
    def m(self):
        return 1
        # trailing comment in the block, no newline