package com.erefiber.vicvil.billing;

import java.time.YearMonth;

/** Units billed in one month: a bar of the invoice's chart. */
public record MonthCount(YearMonth month, int occupied) {}
