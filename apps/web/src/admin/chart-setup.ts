/** Only the parts of Chart.js the monthly chart uses (tree-shaken; this module loads only on /admin). */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);
Chart.defaults.font.family = "Sarabun, 'Noto Sans Thai', system-ui, sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1d1d1b';

export { Chart };
