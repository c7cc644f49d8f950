/*
 * agreement.c - Krippendorff's alpha, interval metric:
 *
 *   alpha = 1 - D_o / D_e
 *   D_o = 1/n  * sum_u 1/(m_u - 1) * sum_{i != j in u} (v_i - v_j)^2
 *   D_e = 1/(n (n - 1)) * sum_{i != j over all pairable values} (v_i - v_j)^2
 *
 * where m_u is the number of values in unit u and n the number of values
 * in units with m_u >= 2. A sum of squared differences over ordered pairs
 * is 2 m * sum (v - mean)^2, which is how both are computed (centred, for
 * accuracy).
 */
#include "config.h"
#include "agreement.h"

/* sum over ordered pairs i != j of (v_i - v_j)^2, for m values. */
static double pair_sum(const double *v, size_t m)
{
	double mean = 0, ss = 0;

	for (size_t i = 0; i < m; i++)
		mean += v[i];
	mean /= (double)m;
	for (size_t i = 0; i < m; i++)
		ss += (v[i] - mean) * (v[i] - mean);
	return 2.0 * (double)m * ss;
}

bool krippendorff_alpha_interval(const double *values, const size_t *start,
				 size_t nunits, double *alpha)
{
	double n = 0, observed = 0, mean = 0, ss = 0, expected;
	double lo = 0, hi = 0;
	bool any = false;

	for (size_t u = 0; u < nunits; u++) {
		size_t m = start[u + 1] - start[u];
		if (m < 2)
			continue;
		for (size_t i = start[u]; i < start[u + 1]; i++) {
			if (!any || values[i] < lo)
				lo = values[i];
			if (!any || values[i] > hi)
				hi = values[i];
			any = true;
		}
		n += (double)m;
		observed += pair_sum(values + start[u], m) / (double)(m - 1);
		for (size_t i = start[u]; i < start[u + 1]; i++)
			mean += values[i];
	}
	/* No variation at all: disagreement is 0/0. */
	if (n < 2 || lo == hi)
		return false;
	mean /= n;
	for (size_t u = 0; u < nunits; u++) {
		size_t m = start[u + 1] - start[u];
		if (m < 2)
			continue;
		for (size_t i = start[u]; i < start[u + 1]; i++)
			ss += (values[i] - mean) * (values[i] - mean);
	}
	expected = 2.0 * n * ss / (n * (n - 1));
	observed /= n;
	if (!(expected > 0))
		return false;
	*alpha = 1.0 - observed / expected;
	return true;
}
