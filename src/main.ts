import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'maplibre-gl/dist/maplibre-gl.css'
import './styles/base.css'
import App from './App.vue'

createApp(App).use(createPinia()).mount('#app')
// The service worker (offline use, updates) is registered once the first map is ready: ExploreView.vue.
