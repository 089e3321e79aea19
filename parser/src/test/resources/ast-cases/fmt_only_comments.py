# Only comments in this file.
#
#!/not/a/shebang
    # indented comment
	# tab-indented comment
# -*- coding: utf-8 -*-
