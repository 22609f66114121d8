"""`clientfire import`: client facts, with the records behind them, from invoicing and time-tracking exports.

One module per format (stripe, xero, harvest, toggl, freshbooks, quickbooks, csvmap), each naming the vendor page it
follows; `values` parses cells, `table` streams a file's rows, `reader` an export's records, `derive` and `facts` turn
one client's records into facts, `clientfile` and `plan` write them into client files. docs/import.md tells users.
"""

__all__ = ["FORMATS"]

from .reader import FORMATS
