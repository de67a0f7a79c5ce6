"""hello-lender: the smallest package with a console script."""
