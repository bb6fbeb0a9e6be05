import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import '../../components/theme.css';
import './dashboard.css';

render(<DashboardApp />, document.getElementById('app')!);
