"""The lender's scoring helpers, in miniature."""
